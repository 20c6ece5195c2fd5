const { DataTypes, Model } = require('sequelize');
const { sequelize } = require('../lib/db');

class User extends Model {}

User.init({
  email: { type: DataTypes.STRING, unique: true },
  passwordHash: DataTypes.STRING,
}, { sequelize, modelName: 'User' });

module.exports = User;
