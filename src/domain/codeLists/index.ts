export * from './codeList.js'
export * from './cin2024.js'
export * from './frontDoor.js'
