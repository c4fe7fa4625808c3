export const METRICS_PATH = '/metrics';
export const QUEUE_BOARD_PATH = '/admin/queues';
