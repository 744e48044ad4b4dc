/** Every connection the test network guard refused so far in this process, as `host:port`. */
export const refusedConnections: string[];
