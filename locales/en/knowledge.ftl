# Knowledge base: article footer, search verdicts, topics menu, feedback.

knowledge-sources-heading = Sources
knowledge-reviewed = Reviewed { $date }
knowledge-more-sources = and { $count } more sources in the whole article
knowledge-section-of-article = This is the part of the article that answers your question. Press "Read the whole article" for all of it.
knowledge-read-whole = 📄 Read the whole article
knowledge-overview-hint = This article is long. Choose the part you need below, or read all of it.
knowledge-same-article = The answer is in the article I just sent above (“{ $title }”). If the part you are looking for is not there, write your question with a few more words, or open the article again below.
knowledge-related-heading = See also
knowledge-not-sure = I am not sure which article answers your question. Perhaps one of these:
knowledge-not-sure-likeliest = I am not sure which article answers your question. The likeliest:
knowledge-not-sure-others = Tap its title to read it, or choose another below.
knowledge-not-found =
    Sorry, I do not have an answer to that yet. I noted your question (without your name or number) so the team can add an article.
    Try other words, or open /topics.
knowledge-out-of-scope =
    Sorry, I only help with working abroad safely: checking job offers and agencies, fees, visas and passports, online scams, human trafficking, and how to get help or report.
    Ask me about one of those, send a job ad to check, or open /topics.
knowledge-topics-title = Choose a topic:
knowledge-category-job-offers = Job offers & agencies
knowledge-category-visas-documents = Visas & documents
knowledge-category-safety-abroad = Safety abroad
knowledge-category-getting-help = Getting help & reporting
knowledge-category-about = About this bot
knowledge-feedback-question = Did this answer help?
knowledge-feedback-up = 👍 Helpful
knowledge-feedback-down = 👎 Not helpful
knowledge-feedback-thanks = Thank you, your feedback was noted.
knowledge-verdict-confident = Answer
knowledge-verdict-unsure = Not sure, perhaps:
knowledge-verdict-out-of-scope = Outside what this bot covers
knowledge-article-missing = That article was not found.
# "what about hong kong?" with no article before it. { $place } is the user's own words for the place.
knowledge-place-topics = About { $place }: what would you like to know? Choose below, or write your question in a few more words (for example: "how to work legally in { $place }").
knowledge-place-query = legal work in
knowledge-place-contacts = 📞 Official contacts for Indonesians there
