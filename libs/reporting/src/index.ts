export * from './iso-week';
export * from './weekly-digest/weekly-digest.model';
export * from './weekly-digest/weekly-digest.builder';
export * from './weekly-digest/compute-weekly-digest';
export * from './weekly-digest/issue-weekly-digest';
export * from './weekly-digest/render/digest-labels';
export * from './weekly-digest/render/render-digest';
