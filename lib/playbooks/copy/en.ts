import type { LanguageCopy } from './types';

export const EN: LanguageCopy = {
  commonSteps: {
    team: 'Name the crisis team with roles and deputies (social media, communications, customer service, legal, management) and make sure they can be reached outside office hours.',
    approval: 'Agree who approves public statements and how fast: one approver and one deputy, a reply within 30 minutes.',
    templates: 'Prepare and approve reply templates for this scenario in every language you answer in.',
    monitoring: 'Monitor brand names, products, handles and hashtags, so a wave is caught in minutes, not hours.',
    incident: 'Open an incident in Keel and file related mentions under it, so the whole team sees the same picture.',
    lessons: 'Hold a lessons-learned review: what set it off, how fast we reacted, what worked. Update this plan and the templates.',
    'keep-watching': 'Keep monitoring mentions for several weeks; moods can flare up again with the next post.',
  },
  movePrivateWhen:
    'As soon as an order number, address, health detail or anything else personal is needed, or after the second public exchange with the same person.',
  deleteGuide: [
    'Usually do not delete: screenshots already exist, and deleting looks like hiding.',
    'Delete at once if the post is lewd or graphic, or obviously the work of someone who hacked the account.',
    'Apologise even when it was a hack, and expect that some people will not believe it or will suspect a stunt.',
    'The apology comes from the person who made the mistake or from someone senior.',
    'Expect mentions to surge: watch them and answer in time.',
    'Prevent repeats: an editorial calendar with review and approval of every post, and a clear brief for agencies on what they may post.',
  ],
  types: {
    'product-defect': {
      title: 'Product defect or safety problem',
      summary:
        'People report a broken, faulty or dangerous product. Apologise, offer a fix or a recall path, and collect details privately. Anything about injuries or allergic reactions is a safety matter and goes up at once.',
      steps: {
        'recall-path': 'Agree with quality and legal on the replacement, repair and recall path, and keep a product FAQ ready.',
        'same-fault': 'Group reports of the same fault (product, batch, symptom). Any injury, burn or allergic reaction is a safety matter.',
        'ask-quality': 'Ask quality assurance whether the batch is known and whether complaints are rising.',
        escalate: 'Escalate to the head of quality and the crisis team lead; with any sign of injury or danger, alert them at once.',
        holding: 'Post the holding statement where the reports appear: we know, we are checking, and what to do in the meantime.',
        recall: 'If a recall is decided, publish it on every channel with clear steps, pin it, and link to it in every reply.',
        apologise: 'Apologise to each person affected and offer the approved fix: replacement, repair or refund.',
        details: 'Ask for the batch number, photos and date of purchase by private message, never in public.',
        'close-loop': 'Tell people when the fix or recall is complete, and what changed in production.',
      },
      whoAnswers:
        'The social media team answers individual reports; a statement on safety or a recall comes from someone senior, such as the head of quality.',
      channels: ['The platform where it was raised (X, Facebook, Instagram)', 'Private messages for details', 'Website for a recall notice'],
      holdingStatement:
        'We have seen the reports about {product} and take them seriously. Our quality team is checking right now. If you have any doubt about safety, please stop using the product for now. We will post an update here by {date}.',
      escalateWhen:
        'Someone reports an injury, burn or allergic reaction; several people report the same fault; or press or large accounts pick it up.',
      escalateTo: 'Head of quality and the crisis team lead; legal for recalls.',
    },
    'service-complaint': {
      title: 'Customer complaint about service',
      summary:
        'Someone shares a bad experience in public: long waits, no answer, a lost order, a refused refund. Reply fast and personally, move the details to a private message, and follow up.',
      steps: {
        'service-handover': 'Agree with customer service how cases are handed over from social media and how fast they are answered.',
        pattern: 'Check whether it is one case or a pattern: an outage, delivery delays, many similar complaints.',
        history: 'Look up whether the person has written before and whether anyone answered.',
        escalate: 'Hand the case to the customer service lead and agree who contacts the person, and when.',
        status: 'If many customers are affected, post one status update and link to it instead of answering each person differently.',
        'reply-fast': 'Reply in public quickly: acknowledge the frustration, say that you are on it, and sign with your name.',
        'move-private': 'Move order numbers, addresses and other details to a private message.',
        solve: 'Solve it personally and, with the person’s consent, confirm in the thread once it is resolved.',
        'follow-up': 'Follow up a few days later to make sure the problem is really solved; pass recurring causes to the service team.',
      },
      whoAnswers:
        'The community manager who picked it up, signing with their own name; customer service takes over the case.',
      channels: ['Public reply on the platform', 'Private message'],
      holdingStatement:
        'We are sorry that you are having this experience. We are looking into it right now and will get back to you by {date}. Please send us the details by private message.',
      escalateWhen:
        'The person has been waiting for days or was promised an answer before, many people report the same, or the post is spreading fast.',
      escalateTo: 'Customer service lead.',
    },
    'reputation-attack': {
      title: 'Reputation attack or misinformation',
      summary:
        'False claims, fake screenshots or “scam” accusations spread. Share accurate facts calmly in one place, correct false claims without attacking anyone, and involve legal where needed.',
      steps: {
        'fact-sheet': 'Keep a fact sheet with verifiable facts and sources, and agree with legal when they are involved.',
        source: 'Find where the claim started and who spreads it; check whether multipliers or the press have picked it up.',
        verify: 'Check the claim internally before answering: is any part of it true? Often the truth lies in between.',
        escalate: 'Escalate to the head of communications; involve legal when claims are defamatory or fake screenshots circulate.',
        facts: 'Publish the facts calmly in one place (statement or blog) and link to it; correct false claims without attacking anyone.',
        'answer-facts': 'Answer questions with facts and sources; do not argue and do not repeat the false claim in your own words.',
        report: 'Reply once to obvious trolls at most; report fake accounts and impersonation to the platform.',
        record: 'Keep a record of false claims and corrections, and rebuild trust with open, verifiable information.',
      },
      whoAnswers:
        'The head of communications, with legal when needed; community managers answer with the facts and link to the statement.',
      channels: ['Blog or website', 'Press statement', 'All social channels'],
      holdingStatement:
        'We have seen claims about us that are spreading today. We are checking them carefully and will share the verified facts here by {date}, with sources.',
      escalateWhen:
        'The claim accuses the brand of fraud or crime, fake screenshots circulate, or press or large accounts share it.',
      escalateTo: 'Head of communications and legal.',
      deleteNote:
        'Do not delete our own earlier statements even when they are quoted against us; add a correction instead.',
    },
    'employee-misconduct': {
      title: 'Employee misconduct',
      summary:
        'An employee’s behaviour, on or off the brand account, angers people: a video, a rude answer, a screenshot. Make a public statement, apologise, and start an internal investigation; never name or judge the person in public.',
      steps: {
        'social-policy': 'Have a social media policy and train staff on what they may share and who speaks for the company.',
        'verify-facts': 'Verify the facts with HR before saying anything specific: who, when, and whether the screenshot is genuine.',
        scope: 'Check whether the employee’s private accounts are involved and whether customers were harmed.',
        escalate: 'Escalate to HR and management; do not name or judge the employee in public.',
        statement: 'Publish a statement: we have seen it, it does not reflect our values, an internal investigation is under way, and when we will update.',
        apologise: 'Apologise to the people affected; the apology comes from the person who made the mistake or from someone senior.',
        privacy: 'Share no personnel details; say in general terms what happens next and when you will update.',
        outcome: 'Share the outcome of the investigation as far as privacy allows, and what changes (training, rules).',
      },
      whoAnswers: 'Someone senior, such as management or the head of communications; never the colleague involved or their team.',
      channels: ['Blog or website', 'Press statement', 'LinkedIn', 'The platform where it was raised'],
      holdingStatement:
        'We have seen the video and the comments, and we are sorry. This is not how we want anyone to be treated. We are investigating internally and will give an update by {date}.',
      escalateWhen:
        'A video or screenshot of staff is spreading, someone demands a dismissal, or a customer was harmed.',
      escalateTo: 'HR and management.',
    },
    'security-incident': {
      title: 'Hacked account or security incident',
      summary:
        'The account posts things nobody wrote, people receive phishing in the brand’s name, or data may have leaked. Secure the account, say clearly that it was hacked, and apologise anyway.',
      steps: {
        'account-security': 'Protect every account: two-factor authentication, a password manager, a list of who has access, and recovery contacts at each platform.',
        signs: 'Look for signs of a hack: posts nobody scheduled, changed profile details, phishing links, messages sent in the brand’s name.',
        'data-check': 'Check with IT whether customer data may have leaked; that brings legal notification duties.',
        escalate: 'Alert IT security and the crisis team lead; if customer data may be affected, involve the data protection officer.',
        secure: 'Secure the account first: change passwords, end all sessions, remove app access, and contact platform support.',
        'say-hacked': 'Say clearly on every affected channel that the account was hacked, and apologise anyway.',
        'remove-posts': 'Take screenshots of the attacker’s posts for the record, then delete them and warn people not to click their links.',
        'answer-worried': 'Answer worried people: what happened, what they should do (ignore the messages, change passwords), and where updates appear.',
        explain: 'Explain what happened and what changed (two-factor authentication, access rules); check everything the attacker sent.',
      },
      whoAnswers: 'The community manager posts the approved notice; the apology comes from someone senior.',
      channels: ['All affected channels', 'Email to affected customers if data leaked'],
      holdingStatement:
        'Our account was hacked, and the recent posts and messages did not come from us. We are sorry. Please do not click any links in them. We have secured the account and will post an update by {date}.',
      escalateWhen: 'Always: any sign that the account or customer data was compromised.',
      escalateTo: 'IT security, the crisis team lead and the data protection officer.',
      deleteNote: 'Screenshot the attacker’s posts for the record before deleting them.',
    },
    'social-responsibility': {
      title: 'Social responsibility or ethics outrage',
      summary:
        'A post, campaign or practice is seen as racist, sexist, exploitative or harmful, and boycott calls appear. Listen, acknowledge, make concrete commitments, and do not get defensive.',
      steps: {
        'values-check': 'Review every post for sensitivity before publishing; when world events happen, check scheduled posts and ads at once.',
        sentiment: 'Assess the mood: are people who are not affected joining in, are there boycott calls, are arguments turning into emotions?',
        calendar: 'Check scheduled posts and ads for anything that now reads as tone-deaf, and pause them.',
        escalate: 'Escalate to the crisis team lead and management, and pause scheduled posts and campaigns at once.',
        acknowledge: 'Acknowledge the criticism without defensiveness and apologise where it is due; the statement comes from someone senior.',
        commit: 'Name concrete commitments with dates, such as a training programme or a supplier review, not general values.',
        listen: 'Listen first: read what people actually object to before you answer.',
        'reply-link': 'Answer individual comments with the acknowledgement and a link to the statement; do not debate in the comments.',
        progress: 'Report progress on the commitments in public, and thank the people who raised the issue.',
      },
      whoAnswers:
        'The person responsible for the post or someone senior; when the brand’s values are in question, management.',
      channels: ['All social channels', 'Statement on the website'],
      holdingStatement:
        'We hear the criticism and understand why people are upset. We are listening and reviewing what happened, and we will share what we are going to change by {date}.',
      escalateWhen: 'Boycott calls appear, the topic trends, or press, politicians or large accounts join in.',
      escalateTo: 'Crisis team lead and management.',
      deleteNote:
        'If the post itself is the problem, usually keep it and add a statement; remove it only if it hurts people who are seeing it now, and say that you did.',
    },
  },
};
