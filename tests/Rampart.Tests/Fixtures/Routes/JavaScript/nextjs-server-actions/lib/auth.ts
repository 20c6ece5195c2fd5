export { auth } from 'next-auth-config';
