module.exports = { version: 'v1', users: {}, teams: {}, invoices: {}, tags: {}, labels: {}, project: {} };
