import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    TypeOrmModule.forRoot({
      type: 'postgres',
      url: process.env.DATABASE_URL,
      autoLoadEntities: true,
      logging: ['query', 'error'], // expect: RMP-C033
    }),
    JwtModule.register({ secret: 'crm-secret', signOptions: { expiresIn: '1h' } }), // expect: RMP-C012
    JwtModule.register({ secret: process.env.JWT_SECRET }),
    UsersModule,
  ],
})
export class AppModule {}
