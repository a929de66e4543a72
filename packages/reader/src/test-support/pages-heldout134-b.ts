import { type TestPage, texts } from './page-kit.js';
import { seGold } from './pages-heldout134-a.js';
import { sfBounty, sfHtml, sfSite } from './pages-heldout134-b2.js';
import {
  dcCategories,
  dcClosed,
  dcFooter,
  dcHeaderLinks,
  dcHtml,
  dcMap,
  dcPosts,
  dcRelated,
  dcSidebar,
  dcTags,
  dcTitle,
  dcTopicTags,
} from './pages-heldout134-b3.js';

/**
 * Held-out batch 134, file b: a Server Fault question with an open bounty, comments and two answers (file b2, on the Stack
 * Exchange kit), and a solved Discourse support topic in a product community (file b3).
 */
const uniq = (a: readonly string[]): string[] => [...new Set(a)];

const gold = seGold(sfSite);
const serverFault: TestPage = {
  html: sfHtml,
  name: 'heldout134-serverfault-question-forum',
  kind: 'forum',
  // as on the Ask Ubuntu page; the open-bounty notice under the question and "Show 1 more comment" are furniture
  ...gold,
  furniture: uniq([...gold.furniture, ...sfBounty]),
};

const discourse: TestPage = {
  html: dcHtml,
  name: 'heldout134-discourse-support-topic-forum',
  kind: 'forum',
  // every post is body; user names, full names, reply-to names and the post and timeline dates are bylines; the staff user
  // title, like counts, "Solution", the "Solved by" line (its quoted excerpt of post 5 is in neither list), the topic map,
  // the system user's auto-close small action, the timeline counter, related topics and the footer are furniture
  title: dcTitle,
  headings: [],
  body: dcPosts.flatMap((p) => texts(p.paras)),
  bylines: uniq([...dcPosts.flatMap((p) => [p.user, ...(p.full ? [p.full] : []), p.date]), 'Mar 12']),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', ...dcHeaderLinks, 'Sign Up', 'Log In', ...dcSidebar, 'Categories', ...dcCategories, 'Tags', ...dcTags, ...dcTopicTags,
    'Ledgerly Support', 'Solved by jmoreno in post #5', '1 Reply', 'Solution', ...dcPosts.map((p) => p.likes), 'Reply', ...dcMap.flat(), '5 days later',
    'system', 'Closed Mar 12', dcClosed, '1 / 7', 'Share', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity', ...dcRelated.flat(),
    'Want to read more? Browse other topics in Bank Connections or view latest topics.', ...dcFooter,
  ]),
};

export const HELDOUT134_B: readonly TestPage[] = [serverFault, discourse];
