import { ref, shallowRef, type Ref } from 'vue'

/** Loads data for a screen and keeps its loading and error state; `reload` loads again. */
export function useLoader<T>(load: () => Promise<T>, options: { immediate?: boolean } = {}) {
  const data = shallowRef<T | null>(null) as Ref<T | null>
  const loading = ref(false)
  const error = shallowRef<unknown>(null)
  let generation = 0
  async function reload(): Promise<void> {
    const mine = ++generation
    loading.value = true
    error.value = null
    try {
      const value = await load()
      if (mine === generation) data.value = value
    } catch (e) {
      if (mine === generation) error.value = e
    } finally {
      if (mine === generation) loading.value = false
    }
  }
  if (options.immediate !== false) void reload()
  return { data, loading, error, reload }
}
