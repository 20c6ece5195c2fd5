const router = require('express').Router();
const { isAuthenticated } = require('../auth');
const Board = require('../models/board');

router.get('/', isAuthenticated, async (req, res) => res.json(await Board.find({ members: req.session.userId })));

router.post('/', isAuthenticated, async (req, res) => res.json(await Board.create(req.body)));

// TODO put back after the demo
// router.use(isAuthenticated) // expect: RMP-C004
router.delete('/:id', async (req, res) => { // expect: RMP-C001
  await Board.findByIdAndDelete(req.params.id);
  res.sendStatus(204);
});

router.patch('/:id', /* isAuthenticated, */ async (req, res) => { // expect: RMP-C001 RMP-C004
  res.json(await Board.findByIdAndUpdate(req.params.id, req.body));
});

module.exports = router;
