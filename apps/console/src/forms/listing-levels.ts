/** The levels the seed lists cases at; any other text is accepted too. */
export const LISTING_LEVELS = ['市级', '乡镇（街道）级'];
