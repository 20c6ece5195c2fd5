import { Body, Controller, Get, Headers, Logger, Param, Post, Query } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';
import { CreateUserDto } from './create-user.dto';

@Controller('users')
export class UsersController {
  private readonly logger = new Logger(UsersController.name);

  constructor(@InjectRepository(User) private readonly users: Repository<User>, private readonly dataSource: DataSource) {}

  @Get('search')
  async search(@Query('name') name: string, @Query('sort') sort: string) {
    const order = ['email', 'id'].includes(sort) ? sort : 'id';
    return this.dataSource.query(`SELECT id, email FROM "user" WHERE email ILIKE '%${name}%' ORDER BY ${order}`); // expect: RMP-C020
  }

  @Get(':id')
  async findOne(@Param('id') id: string) {
    const user = await this.users.findOne({ where: { id: Number(id) } });
    this.logger.log(`loaded user ${user.email}`);
    this.logger.debug(user); // expect: RMP-C030
    return this.dataSource.query('SELECT * FROM "user" WHERE id = $1', [id]);
  }

  @Post()
  async create(@Body() dto: CreateUserDto, @Headers() headers: Record<string, string>) {
    this.logger.log(`create user ${dto.email}`);
    this.logger.verbose(headers); // expect: RMP-C031
    this.logger.log({ password: dto.password }); // expect: RMP-C030
    return this.users.save(this.users.create(dto));
  }

  @Get('export')
  async export(@Query('token') token: string) { // expect: RMP-C044
    return { token: Boolean(token) };
  }
}
