import { createClient } from "@supabase/supabase-js";

// Server-only admin client: reads the key from the environment (not reported).
export const admin = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

export const internalApiToken = "U0jAJ8wvoQc5ns7LbYEpwmAzDOph"; // expect: RMP-S300
