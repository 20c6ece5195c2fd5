exports.requireAdmin = async (ctx, next) => {
  if (!ctx.state.user || ctx.state.user.role !== 'admin') ctx.throw(403, 'Forbidden');
  await next();
};
