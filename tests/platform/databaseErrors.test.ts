import { isDatabaseUnavailable } from '../../src/platform/db/database';

/** A database that is away or going away answers 503 (retry later), never 500. */
describe('telling "the database is away" from other failures', () => {
  test.each([
    [{ name: 'MongoServerSelectionError', message: 'connect ECONNREFUSED 127.0.0.1:27017' }],
    [{ name: 'MongooseServerSelectionError', message: 'Server selection timed out after 3000 ms' }],
    [{ name: 'MongoNetworkError', message: 'connection 4 to 127.0.0.1:27017 closed' }],
    [{ name: 'MongoPoolClearedError', message: 'Connection pool for 127.0.0.1:27017 was cleared' }],
    [{ name: 'MongoNotConnectedError', message: 'Client must be connected before running operations' }],
    [{ name: 'MongoServerError', message: 'interrupted at shutdown', code: 11600 }],
    // what the driver threw when FerretDB was killed mid-write: a plain socket error, not a Mongo* one
    [{ name: 'Error', message: 'This socket has been ended by the other party', code: 'EPIPE' }],
  ])('%o is the database being away', (err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  test.each([
    [{ name: 'MongoServerError', message: 'E11000 duplicate key error', code: 11000 }],
    [{ name: 'TypeError', message: "Cannot read properties of undefined (reading 'x')" }],
    [new Error('something else')],
    // a bug whose message merely mentions a refused connection is still a bug (500), not an outage
    [Object.assign(new Error('MongoNetworkError: connect ECONNREFUSED 127.0.0.1:27017'), { name: 'TypeError' })],
  ])('%o is not', (err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});
