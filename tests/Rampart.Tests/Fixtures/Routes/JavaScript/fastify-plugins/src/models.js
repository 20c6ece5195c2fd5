export { Product, Review, User, Order } from './db.js';
