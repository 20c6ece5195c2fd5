const mongoose = require('mongoose');

const UserSchema = new mongoose.Schema({
  email: { type: String, required: true, unique: true },
  passwordHash: { type: String, required: true },
  team: String,
  role: { type: String, default: 'member' },
});

module.exports = mongoose.model('User', UserSchema);
