package org.marsad.entity.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.marsad.entity.extraction.ExtractionEngine;
import org.marsad.entity.extraction.KnowledgeBase;

/** The engine is plain Java; its knowledge base is read once from the classpath and its matchers built once. */
public class EngineProducer {

    @Produces
    @Singleton
    KnowledgeBase knowledgeBase() {
        return KnowledgeBase.loadDefault();
    }

    @Produces
    @Singleton
    ExtractionEngine engine(KnowledgeBase knowledgeBase) {
        return new ExtractionEngine(knowledgeBase);
    }
}
