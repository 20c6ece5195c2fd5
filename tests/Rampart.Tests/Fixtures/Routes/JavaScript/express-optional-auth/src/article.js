module.exports = {
  list: async () => [],
  create: async (data) => data,
  update: async (slug, data) => data,
  destroy: async () => null,
  comment: async (slug, data) => data,
};
