const { Sequelize } = require('sequelize');
const { PrismaClient } = require('@prisma/client');

const isDev = process.env.NODE_ENV === 'development';

const sequelize = new Sequelize(process.env.DATABASE_URL, {
  dialect: 'postgres',
  logging: console.log, // expect: RMP-C033
});

const reporting = new Sequelize(process.env.REPORTING_URL, {
  dialect: 'postgres',
  logging: isDev ? console.log : false,
});

const prisma = new PrismaClient({ log: ['query', 'warn', 'error'] }); // expect: RMP-C033
const quietPrisma = new PrismaClient({ log: ['warn', 'error'] });

if (process.env.NODE_ENV !== 'production') {
  require('mongoose').set('debug', true);
}

module.exports = { sequelize, reporting, prisma, quietPrisma };
