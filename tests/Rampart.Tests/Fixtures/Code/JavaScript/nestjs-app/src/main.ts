import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule);
  app.enableCors({ origin: true, credentials: true }); // expect: RMP-C041
  const document = SwaggerModule.createDocument(app, new DocumentBuilder().setTitle('CRM').build());
  SwaggerModule.setup('docs', app, document); // expect: RMP-C043
  if (process.env.NODE_ENV !== 'production') {
    SwaggerModule.setup('internal-docs', app, document);
  }
  await app.listen(3000);
}
bootstrap();
