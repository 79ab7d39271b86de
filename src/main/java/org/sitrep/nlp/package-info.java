/**
 * The NLP engine behind our own types. Only this package imports Stanford CoreNLP; every other stage
 * reads {@link org.sitrep.nlp.AnnotatedText}, which tests can also build by hand.
 */
package org.sitrep.nlp;
