import { Body, Controller, Delete, Get, Param, Post, Put, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { OptionalJwtAuthGuard } from './optional-jwt.guard';
import { InvoicesService } from './invoices.service';

@Controller('invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @UseGuards(AuthGuard('jwt'))
  @Get()
  list() {
    return this.invoices.list();
  }

  @UseGuards(AuthGuard('jwt'))
  @Post()
  create(@Body() body: unknown) {
    return this.invoices.create(body);
  }

  // @UseGuards(AuthGuard('jwt')) // expect: RMP-C004
  @Delete(':id') // expect: RMP-C001
  remove(@Param('id') id: string) {
    return this.invoices.remove(id);
  }

  @UseGuards(OptionalJwtAuthGuard)
  @Put(':id') // expect: RMP-C001
  update(@Param('id') id: string, @Body() body: unknown) {
    return this.invoices.update(id, body);
  }
}
