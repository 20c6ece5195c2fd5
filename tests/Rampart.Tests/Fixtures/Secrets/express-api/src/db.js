const { Pool } = require('pg');

const password = process.env.DB_PASSWORD;           // a reference, not reported
const fallbackPassword = "lnhub0YQEl2ZjYHGOt";  // expect: RMP-S300
const pool = new Pool({ host: 'db', user: 'app', password: password || fallbackPassword });

// rampart:ignore RMP-S300 rotated 2026-01-10, kept for the migration script
const legacyPassword = "g6uDzbZsFTXjJGPB0I";

module.exports = { pool, tokenUrl: "https://auth.internal/oauth/token", secretName: "prod-db-credentials" };
