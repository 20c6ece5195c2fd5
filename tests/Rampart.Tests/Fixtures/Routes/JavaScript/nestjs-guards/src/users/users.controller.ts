import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import { AllowGuests } from '../auth/public.decorator';
import { UsersService } from './users.service';

@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  findAll() {
    return this.users.findAll();
  }

  @AllowGuests()
  @Post('signup')
  signup(@Body() body: { email: string; password: string }) {
    return this.users.create(body);
  }

  @AllowGuests()
  @Post('invite') // expect: RMP-C005
  invite(@Body() body: { email: string }) {
    return this.users.invite(body.email);
  }

  @Delete(':id')
  remove(@Param('id') id: string) {
    return this.users.remove(id);
  }
}
