import { Logger } from '@nestjs/common';

/**
 * Code run outside a Nest app (handleCommand in an int spec) logs through Nest's static
 * logger: errors and warnings only, as the apps the tests start. A spec that wants more
 * passes `logLevels` or `logs` to startTestApp.
 */
Logger.overrideLogger(['error', 'warn']);
