const { Pool } = require('pg');
const config = require('./config');

// Same Postgres database as the ASP.NET API (tables are created by EF Core).
const pool = new Pool({ connectionString: config.databaseUrl });

module.exports = pool;
