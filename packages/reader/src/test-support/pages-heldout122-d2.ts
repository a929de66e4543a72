/** Held-out batch 122, file d2: the texts of the Investopedia explainer of file d (article, callouts, bylines, rails, footer). */
export const ivTitle = 'Sinking Fund: What It Is, How It Works, and Examples';
export const ivH = [
  'What Is a Sinking Fund?',
  'How a Sinking Fund Works',
  'Sinking Funds for Bonds',
  'Personal Sinking Funds',
  'Sinking Fund vs. Emergency Fund',
  'Example of a Sinking Fund',
  'The Bottom Line',
];
export const ivP1 = [
  'A sinking fund is money set aside in regular amounts to pay for a known future expense or to retire a debt. Companies use sinking funds ' +
    'to repay bonds gradually rather than all at once at maturity, and households use them to save for large costs they can see coming.',
];
export const ivKey = [
  'A sinking fund is a pool of money built up over time to cover a planned expense or to pay off debt.',
  'Bond issuers use sinking funds to buy back part of a bond issue before it matures, which lowers the risk of default.',
  'Individuals can use sinking funds for predictable costs such as car repairs, insurance premiums, or holidays.',
  'Unlike an emergency fund, a sinking fund has a specific purpose, amount, and deadline.',
];
export const ivP2 = [
  'The idea behind a sinking fund is simple: divide a future cost by the number of months until it is due, and set aside that amount each ' +
    'month. When the bill arrives, the money is already there, and no borrowing is needed.',
  'Because the deposits are regular and the target is fixed, a sinking fund also makes it easy to see whether savings are on track. If a ' +
    'payment is missed, the monthly amount can be raised to catch up before the deadline.',
];
export const ivP3 = [
  'When a company issues bonds with a sinking fund provision, it agrees to retire part of the debt each year. It may do so by buying bonds ' +
    'in the open market or by calling a set number of bonds at a stated price, often their face value.',
  'For investors, this lowers the risk that the issuer will be unable to repay the whole amount at once. The trade-off is that bonds may be ' +
    'called away when interest rates fall, just when investors would most like to keep them. For that reason, bonds with sinking funds ' +
    'often pay slightly lower yields than similar bonds without them.',
];
export const ivImportant =
  'A sinking fund provision is described in the bond’s indenture, which sets out how many bonds must be retired each year and at what price.';
export const ivP4 = [
  'In personal finance, a sinking fund is a savings account, or a separate line in a budget, for an expense that is certain but not monthly. ' +
    'Common examples include annual insurance premiums, property taxes, car replacement, school fees, and holiday travel.',
  'Some people keep several sinking funds at once, each with its own name and target. Many banks let customers open sub-accounts or ' +
    '“buckets” within one savings account for this purpose.',
];
export const ivP5 = ['The two are often confused, but they serve different needs:'];
export const ivTable = [
  ['Purpose', 'A known, planned expense', 'An unexpected expense or loss of income'],
  ['Target', 'The cost of the expense', 'Three to six months of essential costs'],
  ['When it is spent', 'On a set date', 'Only in an emergency'],
];
export const ivP6 = [
  'Suppose Maya expects to replace the roof of her house in three years at a cost of $12,600. She opens a high-yield savings account and ' +
    'deposits $350 each month. After 36 months, she will have saved $12,600 before interest, and the interest earned covers part of any ' +
    'rise in the price of materials.',
  'A company example works the same way on a larger scale. Brightwater Utilities issues $50 million of 20-year bonds and agrees to retire ' +
    '$2.5 million of them each year, so the debt is fully repaid by maturity.',
];
export const ivP7 = [
  'A sinking fund turns a large future cost into a series of small, predictable payments. For companies, it makes debt safer for lenders; for ' +
    'individuals, it keeps planned expenses from turning into credit card balances.',
];
export const ivNav = ['Investing', 'Economy', 'Personal Finance', 'News', 'Reviews', 'Academy', 'Trade', 'Simulator'];
export const ivCrumbs = ['Personal Finance', 'Budgeting and Savings'];
export const ivBios = [
  'Corinne Abernathy-Lau is a personal finance writer who covers saving, budgeting, and consumer credit.',
  'Marcus Tillinghast, CFP, is a financial planner who advises families on saving for college and retirement.',
  'Dana Okafor is a fact checker and researcher with a background in public policy.',
];
export const ivSourcesIntro =
  'Investopedia requires writers to use primary sources to support their work. These include white papers, government data, original ' +
  'reporting, and interviews with industry experts. We also reference original research from other reputable publishers where appropriate. ' +
  'You can learn more about the standards we follow in producing accurate, unbiased content in our editorial policy.';
export const ivSources = [
  'Municipal Securities Rulemaking Board. “Sinking Fund Provisions.”',
  'Consumer Finance Review. “How Households Save for Irregular Expenses.”',
];
export const ivTerms = [
  ['Callable Bond', 'A callable bond is a bond that the issuer can redeem before it reaches its stated maturity date.'],
  ['Bond Indenture', 'An indenture is a legal contract between a bond issuer and its bondholders.'],
  ['Emergency Fund', 'An emergency fund is money set aside to cover unexpected costs or a loss of income.'],
];
export const ivArticles = ['How to Build an Emergency Fund', 'What Is a High-Yield Savings Account?', 'Callable Bonds: Pros and Cons'];
export const ivFoot = [
  'About Us',
  'Terms of Service',
  'Dictionary',
  'Editorial Policy',
  'Advertise',
  'News',
  'Privacy Policy',
  'Contact Us',
  'Careers',
  'Your Privacy Choices',
];
export const ivFamily = 'Investopedia is part of the Dotdash Meredith publishing family.';
export const ivNews = ['Get the Investopedia newsletter', 'Enter your email', 'Sign Up', 'There was an error. Please try again.'];
