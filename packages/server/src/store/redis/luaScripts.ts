import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/** A Lua script run with `EVALSHA`, sent whole (`EVAL`) only when the server does not know it yet. */
export interface LuaScript {
  run(redis: Redis, key: string, ...args: (string | number)[]): Promise<unknown>;
}

function luaScript(source: string): LuaScript {
  const sha = createHash('sha1').update(source).digest('hex');
  return {
    async run(redis, key, ...args) {
      try {
        return await redis.evalsha(sha, 1, key, ...args);
      } catch (error) {
        if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
        return redis.eval(source, 1, key, ...args);
      }
    },
  };
}

/** `{count, pttl}` after one hit; the window (`ARGV[1]` ms) starts with the first hit. Atomic: INCR + PEXPIRE. */
export const consumeScript = luaScript(`
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`);

/** `{count, pttl}` without counting; `{0, 0}` for no window. */
export const peekScript = luaScript(`
local count = redis.call('GET', KEYS[1])
if not count then return {0, 0} end
return {tonumber(count), redis.call('PTTL', KEYS[1])}
`);

/** The counter after adding `ARGV[2]`; it expires `ARGV[1]` ms after its first increment. */
export const incrementScript = luaScript(`
local value = redis.call('INCRBY', KEYS[1], ARGV[2])
if redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return value
`);
