-- Scale-out: the ledger of Parquet batches merged into this warehouse.

-- loaded_batches: appended by warehouse.batches.load_batch, one row per batch, in the same
-- transaction as the batch's rows; a batch listed here is never loaded again.
CREATE TABLE loaded_batches (
    batch_id   VARCHAR PRIMARY KEY,
    run_id     VARCHAR NOT NULL,
    articles   INTEGER NOT NULL,
    fetches    INTEGER NOT NULL,
    written_by VARCHAR NOT NULL,           -- host:pid of the worker that wrote it
    written_at TIMESTAMPTZ NOT NULL,
    loaded_at  TIMESTAMPTZ NOT NULL
);
