import type { TestPage } from './page-kit.js';
import { BLOG_PAGES } from './pages-blog.js';
import { DOCS_PAGES } from './pages-docs.js';
import { FORUM_PAGES } from './pages-forum.js';
import { HELDOUT_PAGES } from './pages-heldout.js';
import { HELDOUT2_PAGES } from './pages-heldout2.js';
import { HELDOUT3_PAGES } from './pages-heldout3.js';
import { HELDOUT4_PAGES } from './pages-heldout4.js';
import { HELDOUT5_PAGES } from './pages-heldout5.js';
import { HELDOUT6_PAGES } from './pages-heldout6.js';
import { HELDOUT7_PAGES } from './pages-heldout7.js';
import { HELDOUT8_PAGES } from './pages-heldout8.js';
import { HELDOUT9_PAGES } from './pages-heldout9.js';
import { HELDOUT10_PAGES } from './pages-heldout10.js';
import { HELDOUT11_PAGES } from './pages-heldout11.js';
import { HELDOUT12_PAGES } from './pages-heldout12.js';
import { HELDOUT13_PAGES } from './pages-heldout13.js';
import { HELDOUT14_PAGES } from './pages-heldout14.js';
import { HELDOUT15_PAGES } from './pages-heldout15.js';
import { HELDOUT16_PAGES } from './pages-heldout16.js';
import { HELDOUT17_PAGES } from './pages-heldout17.js';
import { HELDOUT18_PAGES } from './pages-heldout18.js';
import { HELDOUT19_PAGES } from './pages-heldout19.js';
import { HELDOUT20_PAGES } from './pages-heldout20.js';
import { HELDOUT21_PAGES } from './pages-heldout21.js';
import { HELDOUT22_PAGES } from './pages-heldout22.js';
import { HELDOUT23_PAGES } from './pages-heldout23.js';
import { HELDOUT24_PAGES } from './pages-heldout24.js';
import { HELDOUT25_PAGES } from './pages-heldout25.js';
import { HELDOUT26_PAGES } from './pages-heldout26.js';
import { HELDOUT27_PAGES } from './pages-heldout27.js';
import { HELDOUT28_PAGES } from './pages-heldout28.js';
import { HELDOUT30_PAGES } from './pages-heldout30.js';
import { HELDOUT29_PAGES } from './pages-heldout29.js';
import { HELDOUT31_PAGES } from './pages-heldout31.js';
import { HELDOUT32_PAGES } from './pages-heldout32.js';
import { HELDOUT33_PAGES } from './pages-heldout33.js';
import { HELDOUT34_PAGES } from './pages-heldout34.js';
import { HELDOUT36_PAGES } from './pages-heldout36.js';
import { HELDOUT37_PAGES } from './pages-heldout37.js';
import { HELDOUT35_PAGES } from './pages-heldout35.js';
import { HELDOUT38_PAGES } from './pages-heldout38.js';
import { HELDOUT39_PAGES } from './pages-heldout39.js';
import { HELDOUT40_PAGES } from './pages-heldout40.js';
import { HELDOUT41_PAGES } from './pages-heldout41.js';
import { HELDOUT42_PAGES } from './pages-heldout42.js';
import { HELDOUT50_PAGES } from './pages-heldout50.js';
import { HELDOUT54_PAGES } from './pages-heldout54.js';
import { HELDOUT55_PAGES } from './pages-heldout55.js';
import { HELDOUT57_PAGES } from './pages-heldout57.js';
import { HELDOUT59_PAGES } from './pages-heldout59.js';
import { HELDOUT61_PAGES } from './pages-heldout61.js';
import { HELDOUT64_PAGES } from './pages-heldout64.js';
import { HELDOUT65_PAGES } from './pages-heldout65.js';
import { HELDOUT66_PAGES } from './pages-heldout66.js';
import { HELDOUT70_PAGES } from './pages-heldout70.js';
import { HELDOUT115_PAGES } from './pages-heldout115.js';
import { HELDOUT114_PAGES } from './pages-heldout114.js';
import { HELDOUT111_PAGES } from './pages-heldout111.js';
import { HELDOUT110_PAGES } from './pages-heldout110.js';
import { HELDOUT105_PAGES } from './pages-heldout105.js';
import { HELDOUT104_PAGES } from './pages-heldout104.js';
import { HELDOUT99_PAGES } from './pages-heldout99.js';
import { HELDOUT98_PAGES } from './pages-heldout98.js';
import { HELDOUT97_PAGES } from './pages-heldout97.js';
import { HELDOUT93_PAGES } from './pages-heldout93.js';
import { HELDOUT92_PAGES } from './pages-heldout92.js';
import { HELDOUT90_PAGES } from './pages-heldout90.js';
import { HELDOUT88_PAGES } from './pages-heldout88.js';
import { HELDOUT86_PAGES } from './pages-heldout86.js';
import { HELDOUT85_PAGES } from './pages-heldout85.js';
import { HELDOUT81_PAGES } from './pages-heldout81.js';
import { HELDOUT79_PAGES } from './pages-heldout79.js';
import { HELDOUT78_PAGES } from './pages-heldout78.js';
import { HELDOUT75_PAGES } from './pages-heldout75.js';
import { HELDOUT73_PAGES } from './pages-heldout73.js';
import { HELDOUT72_PAGES } from './pages-heldout72.js';
import { HELDOUT69_PAGES } from './pages-heldout69.js';
import { NEWS_PAGES } from './pages-news.js';
import { NEWS2_PAGES } from './pages-news2.js';
import { WIKI_PAGES } from './pages-wiki.js';

/** Every test page (written for these tests; see page-kit.ts for what the gold is). */
export const TEST_PAGES: readonly TestPage[] = [...NEWS_PAGES, ...NEWS2_PAGES, ...BLOG_PAGES, ...DOCS_PAGES, ...WIKI_PAGES, ...FORUM_PAGES];

/**
 * Every page of every batch: the 20 written pages, the 3 held-out pages of sprint 7, the 14 of
 * batch 2 and the 6 of batch 3 (training pages now: the sprint-8 and sprint-9 rules were written
 * while looking at them), batch 4 (written after the sprint-9 rules), batch 5 (held out in
 * session 9, measured once, training for the session-9 round-4 rules since), batch 6 (held out
 * in session 10, measured once, training for the round-5 rules since), batch 7 (held out in
 * session 10, measured once, training for the round-6 rules since), batch 8 (held out in
 * session 10, measured once, training for the round-7 rules since), batch 9 (held out in
 * session 11, measured once, training for the round-8 rules since), batch 10 (held out in
 * session 11, measured once, training for the round-9 rules since), batch 11 (held out in
 * session 11, measured once, training for the round-10 rules since) and batch 12 (held out in
 * session 12, measured once, training for the round-11 rules since), and every later batch the same way: each
 * held out, measured once, then training for the next round (batches 19 to 23 for the round-18 to round-23 rules of session 14).
 */
export const ALL_PAGES: readonly TestPage[] = [
  ...TEST_PAGES,
  ...HELDOUT_PAGES,
  ...HELDOUT2_PAGES,
  ...HELDOUT3_PAGES,
  ...HELDOUT4_PAGES,
  ...HELDOUT5_PAGES,
  ...HELDOUT6_PAGES,
  ...HELDOUT7_PAGES,
  ...HELDOUT8_PAGES,
  ...HELDOUT9_PAGES,
  ...HELDOUT10_PAGES,
  ...HELDOUT11_PAGES,
  ...HELDOUT12_PAGES,
  ...HELDOUT13_PAGES,
  ...HELDOUT14_PAGES,
  ...HELDOUT15_PAGES,
  ...HELDOUT16_PAGES,
  ...HELDOUT17_PAGES,
  ...HELDOUT18_PAGES,
  ...HELDOUT19_PAGES,
  ...HELDOUT20_PAGES,
  ...HELDOUT21_PAGES,
  ...HELDOUT22_PAGES,
  ...HELDOUT23_PAGES,
  ...HELDOUT24_PAGES,
  ...HELDOUT25_PAGES,
  ...HELDOUT26_PAGES,
  ...HELDOUT27_PAGES,
  ...HELDOUT28_PAGES,
  ...HELDOUT30_PAGES,
  ...HELDOUT29_PAGES,
  ...HELDOUT31_PAGES,
  ...HELDOUT32_PAGES,
  ...HELDOUT33_PAGES,
  ...HELDOUT34_PAGES,
  ...HELDOUT36_PAGES,
  ...HELDOUT37_PAGES,
  ...HELDOUT35_PAGES,
  ...HELDOUT38_PAGES,
  ...HELDOUT39_PAGES,
  ...HELDOUT40_PAGES,
  ...HELDOUT41_PAGES,
  ...HELDOUT42_PAGES,
  ...HELDOUT50_PAGES,
  ...HELDOUT54_PAGES,
  ...HELDOUT55_PAGES,
  ...HELDOUT57_PAGES,
  ...HELDOUT59_PAGES,
  ...HELDOUT61_PAGES,
  ...HELDOUT64_PAGES,
  ...HELDOUT65_PAGES,
  ...HELDOUT66_PAGES,
  ...HELDOUT70_PAGES,
  ...HELDOUT115_PAGES,
  ...HELDOUT114_PAGES,
  ...HELDOUT111_PAGES,
  ...HELDOUT110_PAGES,
  ...HELDOUT105_PAGES,
  ...HELDOUT104_PAGES,
  ...HELDOUT99_PAGES,
  ...HELDOUT98_PAGES,
  ...HELDOUT97_PAGES,
  ...HELDOUT93_PAGES,
  ...HELDOUT92_PAGES,
  ...HELDOUT90_PAGES,
  ...HELDOUT88_PAGES,
  ...HELDOUT86_PAGES,
  ...HELDOUT85_PAGES,
  ...HELDOUT81_PAGES,
  ...HELDOUT79_PAGES,
  ...HELDOUT78_PAGES,
  ...HELDOUT75_PAGES,
  ...HELDOUT73_PAGES,
  ...HELDOUT72_PAGES,
  ...HELDOUT69_PAGES,
];

/** The pages the current rules were written while looking at (every batch but batch 4). */
export const TRAINING_PAGES: readonly TestPage[] = [...TEST_PAGES, ...HELDOUT_PAGES, ...HELDOUT2_PAGES, ...HELDOUT3_PAGES];
