export const GLOVE_6B_100D_COMMON_COMPONENT: readonly number[] = [];
