// A private folder: never routed, even with a route file in it.
export async function POST() {
  return new Response('unreachable');
}
