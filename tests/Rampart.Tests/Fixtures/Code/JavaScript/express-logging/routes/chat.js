const express = require('express');
const OpenAI = require('openai');
const logger = require('../lib/logger');

const router = express.Router();
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const MAX_TOKENS = 800;

router.post('/', async (req, res) => {
  const { messages, maxTokens = MAX_TOKENS } = req.body;
  logger.info(`chat request with ${messages.length} messages, token budget ${maxTokens}`);
  const completion = await openai.chat.completions.create({ model: 'gpt-4o-mini', messages, max_tokens: maxTokens });
  const { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: totalTokens } = completion.usage;
  logger.info('tokens used', { promptTokens, completionTokens, totalTokens });
  console.log(`Token usage: ${totalTokens} tokens (limit ${MAX_TOKENS})`);
  console.log('refreshing access token for the OpenAI client');
  res.json(completion.choices[0].message);
});

router.get('/stream', (req, res) => {
  const tokenCount = Number(req.query.tokenCount || 0);
  const tokenType = 'bpe';
  logger.debug('stream settings', { tokenCount, tokenType, isTokenValid: true });
  res.json({ tokenCount });
});

module.exports = router;
