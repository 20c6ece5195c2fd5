import { Controller, Get } from '@nestjs/common';
import { AllowGuests } from '../auth/public.decorator';

@AllowGuests()
@Controller('health')
export class HealthController {
  @Get()
  check() {
    return { status: 'ok' };
  }
}
