export async function GET(_req: Request, { params }: { params: { slug: string[] } }) {
  return Response.json({ page: params.slug.join('/') });
}
