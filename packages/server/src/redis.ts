export { createRedisStore, type RedisStore, type RedisStoreOptions } from './store/redis/createRedisStore';
