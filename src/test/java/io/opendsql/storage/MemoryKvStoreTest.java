package io.opendsql.storage;

class MemoryKvStoreTest extends KvStoreContract {
    @Override
    protected KvStore openStore() {
        return new MemoryKvStore();
    }
}
