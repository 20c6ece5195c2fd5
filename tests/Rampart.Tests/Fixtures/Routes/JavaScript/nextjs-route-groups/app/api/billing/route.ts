import Stripe from 'stripe';
import { auth } from '@clerk/nextjs/server';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);

export async function POST(request: Request) { // expect: RMP-C001
  // const { userId } = await auth(); if (!userId) return new Response('Unauthorized', { status: 401 }); // expect: RMP-C004
  const { paymentIntent, amount } = await request.json();
  const refund = await stripe.refunds.create({ payment_intent: paymentIntent, amount });
  return Response.json(refund);
}
