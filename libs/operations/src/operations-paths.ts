export const QUEUE_BOARD_PATH = '/admin/queues';
