export * from './people.js'
export * from './children.js'
export * from './frontDoor.js'
export * from './audit.js'
