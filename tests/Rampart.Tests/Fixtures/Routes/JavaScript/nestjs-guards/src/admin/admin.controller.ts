import { Controller, Get, Post, UseGuards } from '@nestjs/common';
import { Throttle } from '@nestjs/throttler';
import { Roles } from '../auth/roles.decorator';
import { RolesGuard } from '../auth/roles.guard';

@Controller({ path: 'admin', version: '1' })
@UseGuards(RolesGuard)
@Roles('admin')
export class AdminController {
  @Get('stats')
  stats() {
    return { users: 0 };
  }

  @Throttle({ default: { limit: 1, ttl: 60000 } })
  @Post(['reindex', 'rebuild'])
  reindex() {
    return { started: true };
  }
}
