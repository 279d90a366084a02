import { hash, verify } from '@node-rs/argon2'

// argon2id with the OWASP Password Storage Cheat Sheet minimum (m=19 MiB, t=2, p=1).
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 }

export const hashPassword = (password: string) => hash(password, options)
export const verifyPassword = (hashed: string, password: string) => verify(hashed, password).catch(() => false)

