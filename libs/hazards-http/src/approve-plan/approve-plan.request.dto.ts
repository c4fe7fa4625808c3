/**
 * Approving takes no input: the plan approved is the one submitted. The class still exists so
 * that the validation pipe refuses unknown fields (422) here as on every other command.
 */
export class ApprovePlanRequestDto {}
