// Calls the internal ops API. Tokens were pasted from the browser during development.
const axios = require('axios');

const OPS_BEARER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJvcHMtYm90Iiwicm9sZSI6ImFkbWluIiwiaWF0IjoxNzY3MjI1NjAwfQ.xJBf50oiXitGNAljkqfaJ-j1JOqNFOmTvgIpz0e6tMU'; // expect: RMP-S310
const demoSession = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTQ4MjEiLCJpYXQiOjE3NjcyMjU2MDB9.SE9T22LS_My_85dELgbOWGe316uxbsYQa5ps-8AXG0x'; // expect: RMP-S311
const oldSession = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTc3Iiwicm9sZSI6ImFkbWluIiwiZXhwIjoxNTc3ODM2ODAwfQ.lT1mD2Kwd1vxIhpgBITmvI9gKtdIF4YR8T2McxVeVb4'; // expired: not reported
const publicAnonKey = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJvbGUiOiJhbm9uIiwiZXhwIjoyMDUxMjIyNDAwfQ.jlHgoVRE0P8x_YFPYm-RyMWS7bfFHfY7wXp-cKzkFVi'; // anon: public by design

module.exports = () => axios.create({ headers: { Authorization: `Bearer ${OPS_BEARER}` } });
