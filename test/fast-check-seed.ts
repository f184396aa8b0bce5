import fc from 'fast-check';

/**
 * Property tests are reproducible: every run uses one seed unless FC_SEED names another, or
 * FC_SEED=random asks for a fresh one (to explore; a failure prints its seed and path to replay).
 */
const wanted = process.env.FC_SEED ?? '20261124';
if (wanted !== 'random') fc.configureGlobal({ seed: Number(wanted) });
