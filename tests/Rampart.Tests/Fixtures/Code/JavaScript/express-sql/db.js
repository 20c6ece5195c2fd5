const { Pool } = require('pg');
const mysql = require('mysql2/promise');
const { Sequelize, QueryTypes } = require('sequelize');
const Database = require('better-sqlite3');
const { PrismaClient } = require('@prisma/client');
const knex = require('knex')({ client: 'pg', connection: process.env.DATABASE_URL });

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const mysqlPool = mysql.createPool(process.env.MYSQL_URL);
const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const sqlite = new Database('cache.db');
const prisma = new PrismaClient();

module.exports = { pool, mysqlPool, sequelize, QueryTypes, sqlite, prisma, knex };
