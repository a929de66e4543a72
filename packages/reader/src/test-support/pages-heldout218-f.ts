import type { TestPage } from './page-kit.js';
import { magazineArticle } from './pages-heldout218-f2.js';
import { videoCompanion } from './pages-heldout218-f3.js';

/**
 * Held-out batch 218, file f: a craft magazine's feature article on its WordPress site (leaderboard and in-article ad slots with
 * "Advertisement" labels, breadcrumbs, standfirst, byline and date, share links, hero caption with photo credit, a "Read more"
 * link paragraph and a subscription promo inside the body, tags, author bio, related rail, newsletter, Quantcast consent) and a
 * maker's written companion post to a YouTube video on WordPress with GeneratePress (the embed and a "Prefer to watch?" note and
 * affiliate disclosure at the top of the content, an affiliate tools box, Patreon box, Jetpack share bar, post navigation, a
 * reader comment, sidebar widgets).
 */
export const HELDOUT218_F: readonly TestPage[] = [magazineArticle, videoCompanion];
