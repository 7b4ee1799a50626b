-- The trace of the request that stored an article (a W3C traceparent value), so that its delivery to extraction
-- continues that trace however much later it runs. Null for messages written before tracing, or outside any trace.
ALTER TABLE outbox_message ADD COLUMN trace_parent TEXT;
