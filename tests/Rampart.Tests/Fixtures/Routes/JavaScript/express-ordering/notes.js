const db = require('./db');

exports.list = async (req, res) => res.json(await db.note.findMany({ where: { ownerId: req.user.id } }));
exports.create = async (req, res) => res.json(await db.note.create({ data: { ...req.body, ownerId: req.user.id } }));
exports.stats = async (req, res) => res.json({ notes: await db.note.count() });
exports.purge = async (req, res) => res.json(await db.note.deleteMany({}));
exports.sendFeedback = async (req, res) => res.json(await db.feedback.create({ data: req.body }));
